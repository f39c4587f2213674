#!/usr/bin/env python3
"""The reference side of `KnooppuntBench metrics`: the same metrics as knooppunt, on the same edge
file, by NetworkX and (when installed) python-igraph. Compute time only: loading the file and building
the graph object are outside the timed parts. Prints one JSON object on stdout.

usage: metrics_reference.py EDGEFILE NODECOUNT
EDGEFILE has one tie per line, "source target", nodes numbered 0..NODECOUNT-1.
"""
import json
import sys
import time


def timed(work, repeat):
    """Best of `repeat` runs in milliseconds of this thread's processor time (as the Swift side
    measures: other processes on a shared machine do not count), and the last result."""
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.thread_time()
        result = work()
        best = min(best, (time.thread_time() - start) * 1000)
    return best, result


def load(path):
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f if line.strip()]


def networkx_figures(n, edges):
    import networkx as nx

    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    small = 5 if n <= 1000 else 3
    out = {"version": nx.__version__}
    out["density"] = timed(lambda: nx.density(G), small)
    out["reciprocity"] = timed(lambda: nx.reciprocity(G), small)
    out["components"] = timed(lambda: nx.number_weakly_connected_components(G), small)
    b = timed(lambda: nx.betweenness_centrality(G, normalized=True), 1 if n > 1000 else 3)
    out["betweenness"] = (b[0], max(b[1].values()))

    def louvain():
        # On the DiGraph itself: directed (Leicht-Newman) modularity, as knooppunt does.
        parts = nx.community.louvain_communities(G, seed=42)
        return nx.community.modularity(G, parts)

    out["louvain"] = timed(louvain, 1 if n > 1000 else 3)
    return out


def igraph_figures(n, edges):
    try:
        import igraph as ig
    except ImportError:
        return None
    g = ig.Graph(n=n, edges=edges, directed=True)
    small = 5 if n <= 1000 else 3
    out = {"version": ig.__version__}
    out["density"] = timed(lambda: g.density(loops=False), small)
    out["reciprocity"] = timed(lambda: g.reciprocity(ignore_loops=True, mode="default"), small)
    out["components"] = timed(lambda: len(g.connected_components(mode="weak")), small)
    scale = 1.0 / ((n - 1) * (n - 2))
    b = timed(lambda: g.betweenness(directed=True), 3)
    out["betweenness"] = (b[0], max(b[1]) * scale)

    def louvain():
        # igraph's multilevel method only takes undirected graphs: its figure is for the undirected view.
        u = g.as_undirected(mode="collapse")
        parts = u.community_multilevel()
        return parts.modularity

    out["louvain"] = timed(louvain, 3)
    return out


def main():
    path, n = sys.argv[1], int(sys.argv[2])
    edges = load(path)
    result = {"networkx": networkx_figures(n, edges), "igraph": igraph_figures(n, edges)}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
