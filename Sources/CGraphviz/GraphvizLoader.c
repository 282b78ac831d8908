#include "CGraphviz.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// The Graphviz functions relgraph calls, found in libgvc.so.6 and its dependencies (libcgraph).
// X-macro: name, return type, parameter list, argument list.
#define RELGRAPH_GRAPHVIZ_FUNCTIONS(X) \
    X(gvContext, GVC_t *, (void), ()) \
    X(gvContextPlugins, GVC_t *, (const lt_symlist_t *builtins, int demand_loading), (builtins, demand_loading)) \
    X(gvtextlayout, boolean, (GVC_t *gvc, textspan_t *span, char **fontpath), (gvc, span, fontpath)) \
    X(gvLayout, int, (GVC_t *gvc, Agraph_t *graph, const char *engine), (gvc, graph, engine)) \
    X(gvFreeLayout, int, (GVC_t *gvc, Agraph_t *graph), (gvc, graph)) \
    X(gvRenderData, int, (GVC_t *gvc, Agraph_t *graph, const char *format, char **result, unsigned int *length), \
      (gvc, graph, format, result, length)) \
    X(agmemread, Agraph_t *, (const char *text), (text)) \
    X(agclose, int, (Agraph_t *graph), (graph)) \
    X(agnnodes, int, (Agraph_t *graph), (graph)) \
    X(agnedges, int, (Agraph_t *graph), (graph)) \
    X(agerrors, int, (void), ()) \
    X(agreseterrors, int, (void), ()) \
    X(agseterr, agerrlevel_t, (agerrlevel_t level), (level)) \
    X(agseterrf, agusererrf, (agusererrf function), (function)) \
    X(agfstnode, Agnode_t *, (Agraph_t *graph), (graph)) \
    X(agnxtnode, Agnode_t *, (Agraph_t *graph, Agnode_t *node), (graph, node)) \
    X(agfstout, Agedge_t *, (Agraph_t *graph, Agnode_t *node), (graph, node)) \
    X(agnxtout, Agedge_t *, (Agraph_t *graph, Agedge_t *edge), (graph, edge)) \
    X(agnameof, char *, (void *object), (object)) \
    X(agnxtattr, Agsym_t *, (Agraph_t *graph, int kind, Agsym_t *attribute), (graph, kind, attribute)) \
    X(agxget, char *, (void *object, Agsym_t *attribute), (object, attribute)) \
    X(agget, char *, (void *object, char *name), (object, name)) \
    X(agsafeset, int, (void *object, char *name, char *value, char *fallback), (object, name, value, fallback))

#define RELGRAPH_POINTER(name, result, parameters, arguments) static result (*loaded_##name) parameters;
RELGRAPH_GRAPHVIZ_FUNCTIONS(RELGRAPH_POINTER)

#define RELGRAPH_FORWARD(name, result, parameters, arguments) \
    result relgraph_##name parameters { return loaded_##name arguments; }
RELGRAPH_GRAPHVIZ_FUNCTIONS(RELGRAPH_FORWARD)

// Void: not in the list, whose forwarders return their call's value.
static void (*loaded_gvFreeRenderData)(char *data);
void relgraph_gvFreeRenderData(char *data) { loaded_gvFreeRenderData(data); }

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure = NULL;
static char message[512];

static void load(void) {
    // RTLD_GLOBAL as when linked: the layout and render plugins libgvc loads find its symbols.
    void *library = dlopen("libgvc.so.6", RTLD_NOW | RTLD_GLOBAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(message, sizeof message, "%s", reason != NULL ? reason : "libgvc.so.6 cannot be loaded");
        failure = message;
        return;
    }
#define RELGRAPH_LOOKUP(name, result, parameters, arguments) \
    *(void **)&loaded_##name = dlsym(library, #name); \
    if (loaded_##name == NULL) { failure = "libgvc.so.6 lacks " #name; return; }
    RELGRAPH_GRAPHVIZ_FUNCTIONS(RELGRAPH_LOOKUP)
    RELGRAPH_LOOKUP(gvFreeRenderData, void, (char *data), (data))
}

const char *relgraph_graphviz_open(void) {
    pthread_once(&once, load);
    return failure;
}
