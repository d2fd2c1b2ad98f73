"""An enumeration of a store's feedback loops written apart from causalkg's:
networkx.simple_cycles on the claims `causalkg export` writes, each cycle of
nodes counted once per choice of parallel link (two claims between the same
nodes are two loops), typed R, B or U as LOOPS types them.

As a module: loop_tally(claims_document, depth) -> {length: {"R", "B", "U"}}
(depth None: loops of any length). As a script: python3 networkx_loops.py
EXPORT.json DEPTH|ALL prints the tally as
JSON, with the seconds networkx took (for bench/)."""

import itertools
import json
import sys
import time
from collections import defaultdict

import networkx

SIGN = {"+": 1, "-": -1, "?": 0}


def causal_links(document):
    """(subject, object) -> [sign, ...] for every causal claim."""
    polarity = {r["id"]: r.get("polarity") for r in document.get("relations", [])}
    links = defaultdict(list)
    for claim in document["claims"]:
        p = polarity.get(claim["relation"])
        if p in SIGN:
            links[(claim["subject"], claim["object"])].append(SIGN[p])
    return links


def bounded_cycles(graph, depth):
    """Each simple cycle of at most `depth` nodes once: networkx's own bound
    (from networkx 3.1), else, for an older networkx (Debian 12 has 2.8), from
    each node the simple paths back to it through larger nodes only, which
    networkx.all_simple_paths finds within a cutoff. `depth` None: every
    simple cycle, whatever its length."""
    if depth is None:
        yield from networkx.simple_cycles(graph)
        return
    try:
        yield from networkx.simple_cycles(graph, length_bound=depth)
        return
    except TypeError:
        pass
    order = {node: i for i, node in enumerate(sorted(graph.nodes))}
    for start in sorted(graph.nodes):
        if graph.has_edge(start, start):
            yield [start]
        larger = graph.subgraph([n for n in graph.nodes if order[n] >= order[start]])
        for succ in larger.successors(start):
            if succ == start:
                continue
            if depth >= 2 and graph.has_edge(succ, start):
                yield [start, succ]
            if depth >= 3:
                for path in networkx.all_simple_paths(larger, succ, start, cutoff=depth - 1):
                    if len(path) > 2:
                        yield [start] + path[:-1]


def loop_tally(document, depth):
    links = causal_links(document)
    graph = networkx.DiGraph()
    graph.add_edges_from(links)
    tally = defaultdict(lambda: {"R": 0, "B": 0, "U": 0})
    for cycle in bounded_cycles(graph, depth):
        steps = [links[(cycle[i], cycle[(i + 1) % len(cycle)])] for i in range(len(cycle))]
        for choice in itertools.product(*steps):
            sign = 1
            for s in choice:
                sign *= s
            tally[len(cycle)]["R" if sign > 0 else "B" if sign < 0 else "U"] += 1
    return dict(tally)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        document = json.load(f)
    depth = None if sys.argv[2].upper() == "ALL" else int(sys.argv[2])
    start = time.perf_counter()
    tally = loop_tally(document, depth)
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds,
                      "total": sum(sum(t.values()) for t in tally.values()),
                      "lengths": {str(k): v for k, v in sorted(tally.items())}}))


if __name__ == "__main__":
    main()
