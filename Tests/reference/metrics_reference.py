#!/usr/bin/env python3
"""NetworkX's figures for the graphs of Tests/KnooppuntGraphTests, as JSON on stdout.

Input (argv[1], JSON): a list of cases {"name", "n", "directed", "edges": [[a, b], ...],
"communities": [[...], ...]} (the communities are knooppunt's, to have NetworkX score them).
Output: {name: figures}. Every figure comes from NetworkX's own functions; the only glue is what
NetworkX leaves undefined (reciprocity of an empty graph, modularity without ties), reported as null.
"""
import json
import math
import sys

import networkx as nx


def constraint(G):
    values = nx.constraint(G)
    result = []
    for v in range(G.number_of_nodes()):
        c = values[v]
        neighbours = set(nx.all_neighbors(G, v))
        if isinstance(c, float) and math.isnan(c) and neighbours:
            # NetworkX's pure-Python path returns NaN for a node with only incoming ties (it tests
            # len(G[v])); the formula is defined there, so use NetworkX's local_constraint directly.
            c = sum(nx.local_constraint(G, v, w) for w in neighbours)
        result.append(None if isinstance(c, float) and math.isnan(c) else c)
    return result


def figures(case):
    n = case["n"]
    G = nx.DiGraph() if case["directed"] else nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(tuple(e) for e in case["edges"])
    out = {"nodes": G.number_of_nodes(), "ties": G.number_of_edges(), "density": nx.density(G)}
    if case["directed"]:
        out["reciprocity"] = nx.reciprocity(G) if G.number_of_edges() > 0 else None
        out["mutual"] = sum(1 for a, b in G.edges() if a < b and G.has_edge(b, a))
        out["inDegree"] = [G.in_degree(v) for v in range(n)]
        out["outDegree"] = [G.out_degree(v) for v in range(n)]
        components = list(nx.weakly_connected_components(G))
    else:
        out["reciprocity"] = None
        out["mutual"] = None
        out["inDegree"] = [G.degree(v) for v in range(n)]
        out["outDegree"] = [G.degree(v) for v in range(n)]
        components = list(nx.connected_components(G))
    b = nx.betweenness_centrality(G, normalized=True)
    out["betweenness"] = [b[v] for v in range(n)]
    out["components"] = sorted(sorted(c) for c in components)
    out["isolates"] = sorted(nx.isolates(G))
    out["constraint"] = constraint(G) if n > 0 else []
    # Louvain and modularity on the graph type itself: directed (Leicht-Newman) modularity for a DiGraph.
    if G.number_of_edges() > 0:
        theirs = nx.community.louvain_communities(G, seed=42)
        out["louvainModularity"] = nx.community.modularity(G, theirs)
        out["ourModularity"] = nx.community.modularity(G, [set(c) for c in case["communities"]])
    else:
        out["louvainModularity"] = None
        out["ourModularity"] = None
    return out


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        cases = json.load(f)
    json.dump({case["name"]: figures(case) for case in cases}, sys.stdout)


if __name__ == "__main__":
    main()
