#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Independent NumPy implementation of the MCDA methods of contest-scoring, written from the
formulas in docs/mcda.md, used to produce crosscheck.json: decision problems in the ranking JSON
contract with the expected answers. McdaCrossCheckTest compares the Java answers to 1e-9.
Regenerate with: python3 crosscheck.py > crosscheck.json"""
import json
import numpy as np

rng = np.random.default_rng(20261124)
M, N = 9, 4
X = np.round(rng.uniform(1, 100, size=(M, N)), 2)
X[3, 1] = X[5, 1]  # a tie inside a column
TYPES = ["benefit", "cost", "benefit", "cost"]
COST = np.array([t == "cost" for t in TYPES])
GIVEN = np.array([3.0, 1.0, 2.0, 4.0])


def normalize(x, kind):
    r = np.empty_like(x)
    for j in range(x.shape[1]):
        c = x[:, j]
        if kind == "minmax":
            rng_ = c.max() - c.min()
            r[:, j] = 1.0 if rng_ == 0 else ((c.max() - c) / rng_ if COST[j] else (c - c.min()) / rng_)
        elif kind in ("vector", "sum", "max"):
            d = {"vector": np.sqrt((c ** 2).sum()), "sum": np.abs(c).sum(), "max": np.abs(c).max()}[kind]
            r[:, j] = 1.0 if d == 0 else (1 - c / d if COST[j] else c / d)
        else:
            s = c.std(ddof=1)
            r[:, j] = 0.0 if s == 0 else ((c.mean() - c) / s if COST[j] else (c - c.mean()) / s)
    return r


def entropy(x):
    p = x / x.sum(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(0) / np.log(x.shape[0])
    d = np.maximum(0, 1 - e)
    return d / d.sum()


def critic(x):
    r = normalize(x, "minmax")
    s = r.std(0, ddof=1)
    c = s * (1 - np.corrcoef(r, rowvar=False)).sum(0)
    return c / c.sum()


def std(x):
    s = normalize(x, "minmax").std(0, ddof=1)
    return s / s.sum()


def weights(kind):
    return {"given": GIVEN / GIVEN.sum(), "entropy": entropy(X), "critic": critic(X), "std": std(X),
            "equal": np.full(N, 1.0 / N)}[kind]


def topsis(w, kind):
    v = normalize(X, kind) * w
    dp = np.sqrt(((v - v.max(0)) ** 2).sum(1))
    dm = np.sqrt(((v - v.min(0)) ** 2).sum(1))
    return dm / (dp + dm)


def wsm(w, kind):
    return (normalize(X, kind) * w).sum(1)


def wpm(w):
    ratio = np.where(COST, X.min(0) / X, X / X.max(0))
    return np.prod(ratio ** w, axis=1)


def vikor(w, v):
    best = np.where(COST, X.min(0), X.max(0))
    worst = np.where(COST, X.max(0), X.min(0))
    t = w * (best - X) / (best - worst)
    s, r = t.sum(1), t.max(1)
    return v * (s - s.min()) / (s.max() - s.min()) + (1 - v) * (r - r.min()) / (r.max() - r.min())


def promethee(w, thresholds):
    m = X.shape[0]
    pi = np.zeros((m, m))
    for a in range(m):
        for b in range(m):
            d = X[a] - X[b]
            d = np.where(COST, -d, d)
            pref = np.zeros(N)
            for j in range(N):
                q, p = thresholds[j]
                if p == 0:
                    pref[j] = 1.0 if d[j] > 0 else 0.0
                else:
                    pref[j] = 0.0 if d[j] <= q else (1.0 if d[j] >= p else (d[j] - q) / (p - q))
            pi[a, b] = (w * pref).sum()
    return (pi.sum(1) - pi.sum(0)) / (m - 1)


cases = []
methods = [
    ({"name": "topsis"}, lambda w: topsis(w, "vector")),
    ({"name": "topsis", "normalization": "minmax"}, lambda w: topsis(w, "minmax")),
    ({"name": "topsis", "normalization": "zscore"}, lambda w: topsis(w, "zscore")),
    ({"name": "wsm"}, lambda w: wsm(w, "minmax")),
    ({"name": "wsm", "normalization": "sum"}, lambda w: wsm(w, "sum")),
    ({"name": "wsm", "normalization": "max"}, lambda w: wsm(w, "max")),
    ({"name": "wsm", "normalization": "vector"}, lambda w: wsm(w, "vector")),
    ({"name": "wpm"}, wpm),
    ({"name": "vikor"}, lambda w: vikor(w, 0.5)),
    ({"name": "vikor", "v": 0.8}, lambda w: vikor(w, 0.8)),
    ({"name": "promethee2"}, lambda w: promethee(w, [(0, 0)] * N)),
]
for weighting in ["given", "entropy", "critic", "std", "equal"]:
    for method, fn in methods:
        w = weights(weighting)
        criteria = [{"id": f"c{j}", "type": TYPES[j], "weight": float(GIVEN[j])} for j in range(N)]
        cases.append({
            "problem": {"alternatives": [f"A{i}" for i in range(M)], "criteria": criteria,
                        "matrix": X.tolist(), "weighting": weighting, "method": method},
            "expected": {"weights": w.tolist(), "preferences": fn(w).tolist()}})
# PROMETHEE II with linear preference functions (thresholds in the criteria's units)
lin = [(0.0, 30.0), (5.0, 40.0), (0.0, 0.0), (10.0, 20.0)]
criteria = []
for j in range(N):
    c = {"id": f"c{j}", "type": TYPES[j], "weight": float(GIVEN[j])}
    c["preference"] = {"function": "usual"} if lin[j][1] == 0 else {"function": "linear", "q": lin[j][0], "p": lin[j][1]}
    criteria.append(c)
w = weights("given")
cases.append({"problem": {"alternatives": [f"A{i}" for i in range(M)], "criteria": criteria, "matrix": X.tolist(),
                          "weighting": "given", "method": {"name": "promethee2"}},
              "expected": {"weights": w.tolist(), "preferences": promethee(w, lin).tolist()}})
print(json.dumps({"generator": "crosscheck.py (NumPy " + np.__version__ + ")", "cases": cases}, indent=1))
