#ifndef RELGRAPH_CGRAPHVIZ_H
#define RELGRAPH_CGRAPHVIZ_H
// Graphviz's types from libgraphviz-dev's headers; its functions through `relgraph_graphviz_open`,
// which loads libgvc when the first diagram is drawn instead of at every start of `relgraph`:
// linked in, libgvc and its six libraries cost each process about 2 ms of loading and
// relocation (Benchmarks/startup), and most verbs never draw.
#include <graphviz/gvc.h>

/// Loads libgvc (and with it libcgraph) once per process. Returns NULL when it is ready, else
/// the loader's message. Thread-safe; the `relgraph_` functions below may be called only after
/// it returned NULL.
const char *relgraph_graphviz_open(void);

GVC_t *relgraph_gvContext(void);
GVC_t *relgraph_gvContextPlugins(const lt_symlist_t *builtins, int demand_loading);
/// libgvc's own entry to a context's text layout plugin (exported, not in its public headers).
boolean relgraph_gvtextlayout(GVC_t *gvc, textspan_t *span, char **fontpath);

/// A Graphviz context whose text layout is relgraph's (TextLayout.c): the widths of Graphviz's
/// Pango plugin for relgraph's own font without loading Pango; anything else through Pango.
GVC_t *relgraph_context_measuring_text(void);
/// Nonzero: the next layouts measure every label with Pango (a job drawn by cairo, PNG or PDF,
/// needs Pango's layout of each label; tests compare both). Call before `gvLayout`, under the
/// render lock.
void relgraph_text_use_pango(int flag);
/// How many labels this process measured without Pango (tests prove the fast path is taken).
unsigned long relgraph_text_measured_without_pango(void);
int relgraph_gvLayout(GVC_t *gvc, Agraph_t *graph, const char *engine);
int relgraph_gvFreeLayout(GVC_t *gvc, Agraph_t *graph);
int relgraph_gvRenderData(GVC_t *gvc, Agraph_t *graph, const char *format, char **result, unsigned int *length);
void relgraph_gvFreeRenderData(char *data);
Agraph_t *relgraph_agmemread(const char *text);
int relgraph_agclose(Agraph_t *graph);
int relgraph_agnnodes(Agraph_t *graph);
int relgraph_agnedges(Agraph_t *graph);
int relgraph_agerrors(void);
int relgraph_agreseterrors(void);
agerrlevel_t relgraph_agseterr(agerrlevel_t level);
agusererrf relgraph_agseterrf(agusererrf function);
Agnode_t *relgraph_agfstnode(Agraph_t *graph);
Agnode_t *relgraph_agnxtnode(Agraph_t *graph, Agnode_t *node);
Agedge_t *relgraph_agfstout(Agraph_t *graph, Agnode_t *node);
Agedge_t *relgraph_agnxtout(Agraph_t *graph, Agedge_t *edge);
char *relgraph_agnameof(void *object);
Agsym_t *relgraph_agnxtattr(Agraph_t *graph, int kind, Agsym_t *attribute);
char *relgraph_agxget(void *object, Agsym_t *attribute);
char *relgraph_agget(void *object, char *name);
int relgraph_agsafeset(void *object, char *name, char *value, char *fallback);

/// `aghead` is a macro in 2.42; Swift cannot import macros that take arguments.
static inline Agnode_t *relgraph_aghead(Agedge_t *edge) { return aghead(edge); }
/// `GD_bb` is a macro too: the laid-out drawing's bounding box, in points.
static inline boxf relgraph_bounding_box(Agraph_t *graph) { return GD_bb(graph); }
#endif
