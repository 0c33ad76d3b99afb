#!/usr/bin/env python3
"""Writes the NetworkX GraphML fixtures of Tests/PropertyGraphTests/Fixtures/networkx.

Run from the repository root: python3 scripts/make-graphml-fixtures.py
The fixtures are committed; rerun this only to refresh them (needs networkx).
Each graph also gets a .json summary (node, edge and attribute counts) that the
tests compare against, so they check what NetworkX itself reads.
"""
import json
import os

import networkx as nx

OUT = os.path.join("Tests", "PropertyGraphTests", "Fixtures", "networkx")


def graphs():
    return {
        "karate": nx.karate_club_graph(),
        "les-miserables": nx.les_miserables_graph(),
        "florentine": nx.florentine_families_graph(),
        "gn-50": nx.gn_graph(50, seed=1),
    }


def summary(graph):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "node_attributes": sorted({k for _, data in graph.nodes(data=True) for k in data}),
        "edge_attributes": sorted({k for _, _, data in graph.edges(data=True) for k in data}),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, graph in graphs().items():
        path = os.path.join(OUT, name + ".graphml")
        nx.write_graphml(graph, path)
        with open(os.path.join(OUT, name + ".json"), "w") as out:
            json.dump(summary(graph), out, indent=1, sort_keys=True)
            out.write("\n")


if __name__ == "__main__":
    main()
