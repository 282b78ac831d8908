#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>

/// Swift 6 rejects the mutable C global `Agdirected`; this accessor hands out a copy.
static inline Agdesc_t relgraph_agdirected(void) { return Agdirected; }
static inline Agdesc_t relgraph_agstrictdirected(void) { return Agstrictdirected; }
/// `aghead` is a macro in 2.42; Swift cannot import macros that take arguments.
static inline Agnode_t *relgraph_aghead(Agedge_t *edge) { return aghead(edge); }
/// `GD_bb` is a macro too: the laid-out drawing's bounding box, in points.
static inline boxf relgraph_bounding_box(Agraph_t *graph) { return GD_bb(graph); }
#endif
