B, P, K, S = 6, 15, 19, 21
pairs = [(i, j) for i in range(B) for j in range(i + 1, B)]
G = 2.95912208286e-4
M = [1.00000597682, 0.000954786104043, 0.000285583733151, 0.0000437273164546, 0.0000517759138449, 1 / 1.3e8]

def psum(terms, add, zero):
    if not terms: return zero
    if len(terms) < 4:
        e = terms[0]
        for t in terms[1:]: e = add(e, t)
        return e
    parts = []
    for r in range(4):
        e = terms[r]
        for t in terms[r + 4::4]: e = add(e, t)
        parts.append(e)
    return add(add(parts[0], parts[1]), add(parts[2], parts[3]))

# ---------- scalar layout: slots
# pos 0..17, vel 18..35, acc 36..53, d 54.., q .., r2, s, D, aux(half0, invD0)
def slot_pos(b, c): return b * 3 + c
def slot_vel(b, c): return 18 + b * 3 + c
def slot_acc(b, c): return 36 + b * 3 + c
def slot_d(p, c): return 54 + p * 3 + c
def slot_q(p, c): return 99 + p * 3 + c
def slot_r2(p): return 144 + p
def slot_s(p): return 159 + p
def slot_D(p): return 174 + p
AUXH = 189 * S  # half0[p] at AUXH + p, invD0 at AUXH + 15 + p
NS = 192 * S
def cs(slot, k): return f"c[{slot * S + k}]"

def root_and_product(p, k, out):
    """Scalar in both variants: s = sqrt(r2) with fl(0.5/s0), D = r2*s with fl(1/D0); r2_k is the local r."""
    if k == 0:
        out.append(f"c[{slot_s(p)*S}] = Math.sqrt(r); c[{AUXH+p}] = 0.5 / c[{slot_s(p)*S}];")
    else:
        terms = [f"{cs(slot_s(p),1+t)} * {cs(slot_s(p),k-1-t)}" for t in range((k + 1) // 2 - 1)]
        e = psum(terms, lambda a, b: f"({a} + {b})", "0.0")
        out.append(f"double in = {e}; in = in + in;")
        if k % 2 == 0: out.append(f"in = in + {cs(slot_s(p),k//2)} * {cs(slot_s(p),k//2)};")
        out.append(f"c[{slot_s(p)*S+k}] = (r - in) * c[{AUXH+p}];")
    terms = [f"{cs(slot_r2(p),t)} * {cs(slot_s(p),k-t)}" for t in range(k + 1)]
    out.append(f"c[{slot_D(p)*S+k}] = {psum(terms, lambda a, b: f'({a} + {b})', '0.0')};")
    if k == 0: out.append(f"c[{AUXH+15+p}] = 1.0 / c[{slot_D(p)*S}];")

def scalar_pair(p, k, out):
    i, j = pairs[p]
    sq = []
    for c in range(3):
        out.append(f"c[{slot_d(p,c)*S+k}] = {cs(slot_pos(i,c),k)} - {cs(slot_pos(j,c),k)};")
        terms = [f"{cs(slot_d(p,c),t)} * {cs(slot_d(p,c),k-t)}" for t in range((k + 1) // 2)]
        e = psum(terms, lambda a, b: f"({a} + {b})", "0.0")
        e = f"(({e}) + ({e}))" if terms else "0.0"
        out.append(f"double sq{c} = {e};")
        if k % 2 == 0: out.append(f"sq{c} = sq{c} + {cs(slot_d(p,c),k//2)} * {cs(slot_d(p,c),k//2)};")
    out.append(f"double r = sq0 + sq1 + sq2; c[{slot_r2(p)*S+k}] = r;")
    root_and_product(p, k, out)
    for c in range(3):
        terms = [f"{cs(slot_q(p,c),t)} * {cs(slot_D(p),k-t)}" for t in range(k)]
        out.append(f"c[{slot_q(p,c)*S+k}] = ({cs(slot_d(p,c),k)} - {psum(terms, lambda a, b: f'({a} + {b})', '0.0')}) * c[{AUXH+15+p}];")

def scalar_tail(k, out):
    for b in range(B):
        for c in range(3):
            terms = []
            for p, (i, j) in enumerate(pairs):
                if i == b: terms.append(f"{-G*M[j]!r} * {cs(slot_q(p,c),k)}")
                elif j == b: terms.append(f"{G*M[i]!r} * {cs(slot_q(p,c),k)}")
            e = terms[0]
            for t in terms[1:]: e = f"({e} + {t})"
            out.append(f"c[{slot_acc(b,c)*S+k}] = {e};")
    f = repr(1.0 / (k + 1))
    for b in range(B):
        for c in range(3):
            out.append(f"c[{slot_pos(b,c)*S+k+1}] = {cs(slot_vel(b,c),k)} * {f};")
            out.append(f"c[{slot_vel(b,c)*S+k+1}] = {cs(slot_acc(b,c),k)} * {f};")

# ---------- lane layout: groups g of 4 lanes: pos b (0..5), vel 6..11, acc 12..17, d 18..32, q 33..47
def g_pos(b): return b
def g_vel(b): return 6 + b
def g_acc(b): return 12 + b
def g_d(p): return 18 + p
def g_q(p): return 33 + p
NG = 48
def L(g, k): return f"DoubleVector.fromArray(V, v, {(g * S + k) * 4})"

def lane_pair(p, k, out):
    i, j = pairs[p]
    out.append(f"DoubleVector dk = {L(g_pos(i),k)}.sub({L(g_pos(j),k)}); dk.intoArray(v, {(g_d(p)*S+k)*4});")
    terms = [f"{L(g_d(p),t)}.mul({L(g_d(p),k-t)})" for t in range((k + 1) // 2)]
    if terms:
        e = psum(terms, lambda a, b: f"{a}.add({b})", None)
        out.append(f"DoubleVector sq = {e}; sq = sq.add(sq);")
    else:
        out.append("DoubleVector sq = ZERO;")
    if k % 2 == 0: out.append(f"DoubleVector mid = {L(g_d(p),k//2)}; sq = sq.add(mid.mul(mid));")
    out.append(f"double r = sq.lane(0) + sq.lane(1) + sq.lane(2); c[{slot_r2(p)*S+k}] = r;")
    root_and_product(p, k, out)
    terms = [f"{L(g_q(p),t)}.mul(c[{slot_D(p)*S+k-t}])" for t in range(k)]
    if terms:
        out.append(f"dk.sub({psum(terms, lambda a, b: f'{a}.add({b})', None)}).mul(c[{AUXH+15+p}]).intoArray(v, {(g_q(p)*S+k)*4});")
    else:
        out.append(f"dk.sub(ZERO).mul(c[{AUXH+15+p}]).intoArray(v, {(g_q(p)*S+k)*4});")

def lane_tail(k, out):
    for b in range(B):
        terms = []
        for p, (i, j) in enumerate(pairs):
            if i == b: terms.append(f"{L(g_q(p),k)}.mul({-G*M[j]!r})")
            elif j == b: terms.append(f"{L(g_q(p),k)}.mul({G*M[i]!r})")
        e = terms[0]
        for t in terms[1:]: e = f"{e}.add({t})"
        out.append(f"{e}.intoArray(v, {(g_acc(b)*S+k)*4});")
    f = repr(1.0 / (k + 1))
    for b in range(B):
        out.append(f"{L(g_vel(b),k)}.mul({f}).intoArray(v, {(g_pos(b)*S+k+1)*4});")
        out.append(f"{L(g_acc(b),k)}.mul({f}).intoArray(v, {(g_vel(b)*S+k+1)*4});")

def emit(name, pairfn, tailfn, lanes):
    methods, calls = [], []
    per = 1 if lanes else 2
    for k in range(K + 1):
        for p0 in range(0, P, per):
            body = []
            for p in range(p0, min(P, p0 + per)):
                blk = []
                pairfn(p, k, blk)
                body.append("{ " + "\n".join(blk) + " }")
            mname = f"o{k}_{p0}"
            sig = "(double[] c, double[] v)"
            methods.append(f"static void {mname}{sig} {{\n" + "\n".join(body) + "\n}")
            calls.append(f"{mname}(c, v);")
        blk = []
        tailfn(k, blk)
        methods.append(f"static void t{k}(double[] c, double[] v) {{\n" + "\n".join(blk) + "\n}")
        calls.append(f"t{k}(c, v);")
    return methods, calls

import sys
for name, pf, tf, lanes in [("ScalarGen", scalar_pair, scalar_tail, False), ("LaneGen", lane_pair, lane_tail, True)]:
    methods, calls = emit(name, pf, tf, lanes)
    src = ["import jdk.incubator.vector.*;", f"final class {name} {{",
           "static final VectorSpecies<Double> V = DoubleVector.SPECIES_256;",
           "static final DoubleVector ZERO = DoubleVector.zero(V);",
           f"static final int NS = {NS}, NV = {NG * S * 4};",
           "static void run(double[] c, double[] v) {"] + calls + ["}"] + methods + ["}"]
    open(name + ".java", "w").write("\n".join(src))
