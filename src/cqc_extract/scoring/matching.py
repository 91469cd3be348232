"""The one-to-one matching of SPEC.md §3: the largest matching, then the best
tie-break among those (Hungarian algorithm). Standard library only."""

from __future__ import annotations

from typing import Callable


def _hungarian(cost: list[list[int]]) -> list[int]:
    """Minimum-cost assignment on a square matrix; returns col index per row.

    Classic O(n^3) Kuhn-Munkres with potentials (e-maxx formulation).
    """
    n = len(cost)
    inf = float("inf")
    u, v = [0] * (n + 1), [0] * (n + 1)
    owner, way = [0] * (n + 1), [0] * (n + 1)  # owner[col] = row (1-based)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, n + 1):
                if used[col]:
                    continue
                cur = cost[r0 - 1][col - 1] - u[r0] - v[col]
                if cur < minv[col]:
                    minv[col], way[col] = cur, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(n + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:  # flip the augmenting path
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assignment = [-1] * n
    for col in range(1, n + 1):
        if owner[col]:
            assignment[owner[col] - 1] = col - 1
    return assignment


def max_matching(
    n_gold: int,
    n_pred: int,
    weight: Callable[[int, int], int | None],
) -> list[tuple[int, int]]:
    """Largest one-to-one matching, then the best tie-break among those.

    ``weight(i, j)`` is None when gold item i and predicted item j cannot
    match, else a small non-negative tie-break score (here: the number of
    correct accuracy sub-fields of the pair). Each edge is given the weight
    ``BIG + score`` with ``BIG`` larger than any sum of scores, and a
    maximum-weight assignment (Hungarian algorithm) is solved: it therefore
    has the maximum number of pairs (so tp is the maximum cardinality) and,
    among all maximum matchings, the most correct sub-field values.
    Returns sorted (gold index, pred index) pairs; deterministic.
    """
    if n_gold == 0 or n_pred == 0:
        return []
    edges = {}
    for i in range(n_gold):
        for j in range(n_pred):
            w = weight(i, j)
            if w is not None:
                edges[i, j] = w
    if not edges:
        return []
    size = max(n_gold, n_pred)
    big = (max(edges.values()) + 1) * size + 1
    cost = [[0] * size for _ in range(size)]
    for (i, j), w in edges.items():
        cost[i][j] = -(big + w)
    assignment = _hungarian(cost)
    return sorted((i, j) for i, j in enumerate(assignment) if (i, j) in edges)
