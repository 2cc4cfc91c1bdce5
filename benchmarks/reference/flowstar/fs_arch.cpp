// TaylorKit's driver for timing Flow* (the C++ toolbox, github.com/chenxin415/flowstar) on the
// ARCH-COMP "nonlinear continuous" instances of TaylorKit's ArchCompInstance (same dynamics, initial
// sets, parameters, horizons, properties, metrics). Written for TaylorKit against the toolbox API
// (Variables, ODE<Real>, Computational_Setting, Flowpipe, Symbolic_Remainder, Constraint, ODE::reach);
// no Flow* example file was copied.
//
// Usage: fs_arch NAME [--fixed H Q | --adaptive HMIN HMAX Q] [--cutoff C] [--rem R] [--sr N]
//                     [--split VAR N]... [--print]
//        fs_arch --list
// Prints one line: instance | completed or not | verdict per property | CPU s (clock()) of the
// reachability calls and of the post-checks | pieces | flowpipes | metric width | settings.
//
// Property semantics.
//  - A property over the whole horizon ("y < 2.75") goes to Flow* itself as a safe-set constraint of
//    ODE::reach (its checker: interval evaluation, then a branch and bound on the flowpipe's Taylor
//    model); Flow* reports safe / unsafe (whole flowpipe outside) / unknown per flowpipe.
//  - A property on a time window ("x3 > 0.9 on [1,5]") is checked here after reach: every flowpipe
//    whose time range (the enclosure of the clock variable t, t' = 1) meets the window is composed to
//    one Taylor model and evaluated over its domain; verified when every such enclosure satisfies the
//    bound, violated when one lies wholly beyond it. A window [T,T] uses the enclosure at T
//    (Result_of_Reachability::fp_end_of_time, the last flowpipe evaluated at its final time).
//  - The metric is the width of the hull over all pieces of the enclosure at T of a variable or of a
//    sum of variables (the sum is taken on the Taylor models, so that x + y + z = const cancels).
// Uncertain parameters are state variables with zero derivative, as Flow*'s continuous examples do.

#include "Continuous.h"

#include <cstdlib>
#include <cstring>
#include <map>

using namespace flowstar;
using namespace std;

namespace {

struct Check {
    string text;      // as TaylorKit writes it, for the report
    string var;       // the variable bounded
    bool upper;       // var < bound (true) or var > bound (false)
    double bound;
    double t0, t1;    // time window; t0 < 0: the whole horizon
};

struct Settings {
    bool adaptive = true;
    double hmin = 0.002, h = 0.1;   // the toolbox's defaults: adaptive steps 0.002 .. 0.1, order 4
    unsigned order = 4;
    double cutoff = 1e-10, rem = 1e-4;
    unsigned sr = 0;                // symbolic-remainder queue size, 0: no symbolic remainders
    vector<pair<string, int>> splits;
    string source = "toolbox defaults";
};

struct Instance {
    string name;
    vector<string> vars;            // the state variables (parameters included), t is added last
    vector<string> rhs;
    vector<Interval> init;
    double T;
    vector<Check> checks;
    vector<string> metric;          // summed variables, empty: none
    Settings s;
};

Check win(const string & text, const string & var, bool upper, double b, double t0, double t1) {
    return {text, var, upper, b, t0, t1};
}

vector<Instance> instances() {
    vector<Instance> all;
    {
        Instance i{"VDP mu=1", {"x", "y"}, {"y", "(1 - x^2) * y - x"}, {Interval(1.25, 1.55), Interval(2.35, 2.45)}, 7,
                   {win("y < 2.75", "y", true, 2.75, -1, -1)}, {}};
        all.push_back(i);
    }
    {
        Instance i{"VDP mu=2", {"x", "y"}, {"y", "2 * (1 - x^2) * y - x"}, {Interval(1.55, 1.85), Interval(2.35, 2.45)}, 8,
                   {win("y < 4", "y", true, 4, -1, -1)}, {}};
        all.push_back(i);
    }
    const vector<string> cvdpVars = {"x1", "y1", "x2", "y2"};
    {
        Instance i{"CVDP mu=1", cvdpVars,
                   {"y1", "(1 - x1^2) * y1 - 2*x1 + x2", "y2", "(1 - x2^2) * y2 - 2*x2 + x1"},
                   {Interval(1.25, 1.55), Interval(2.35, 2.45), Interval(1.55, 1.85), Interval(2.35, 2.45)}, 7,
                   {win("y1 < 2.75", "y1", true, 2.75, -1, -1), win("y2 < 2.75", "y2", true, 2.75, -1, -1)}, {}};
        all.push_back(i);
    }
    {
        Instance i{"CVDP mu=2", cvdpVars,
                   {"y1", "2 * (1 - x1^2) * y1 - 2*x1 + x2", "y2", "2 * (1 - x2^2) * y2 - 2*x2 + x1"},
                   {Interval(1.55, 1.85), Interval(2.35, 2.45), Interval(1.55, 1.85), Interval(2.35, 2.45)}, 8,
                   {win("y1 < 4.05", "y1", true, 4.05, -1, -1), win("y2 < 4.05", "y2", true, 4.05, -1, -1)}, {}};
        all.push_back(i);
    }
    const vector<string> laloVars = {"x1", "x2", "x3", "x4", "x5", "x6", "x7"};
    const vector<string> laloRhs = {"1.4*x3 - 0.9*x1", "2.5*x5 - 1.5*x2", "0.6*x7 - 0.8*x2*x3", "2 - 1.3*x3*x4",
                                    "0.7*x1 - x4*x5", "0.3*x1 - 3.1*x6", "1.8*x6 - 1.5*x2*x7"};
    const double laloC[] = {1.2, 1.05, 1.5, 2.4, 1.0, 0.1, 0.45};
    const double laloW[] = {0.01, 0.05, 0.1};
    for (double w : laloW) {
        vector<Interval> box;
        for (double c : laloC) box.push_back(Interval(c - w, c + w));
        double b = w < 0.075 ? 4.5 : 5;
        string wn = w == 0.01 ? "0.01" : w == 0.05 ? "0.05" : "0.1";
        Instance i{"LALO20 W=" + wn, laloVars, laloRhs, box, 20,
                   {win(b == 5 ? "x4 < 5" : "x4 < 4.5", "x4", true, b, -1, -1)}, {"x4"}};
        all.push_back(i);
    }
    const vector<string> quadRhs = {
        "cos(x8)*cos(x9)*x4 + (sin(x7)*sin(x8)*cos(x9) - cos(x7)*sin(x9))*x5 + (cos(x7)*sin(x8)*cos(x9) + sin(x7)*sin(x9))*x6",
        "cos(x8)*sin(x9)*x4 + (sin(x7)*sin(x8)*sin(x9) + cos(x7)*cos(x9))*x5 + (cos(x7)*sin(x8)*sin(x9) - sin(x7)*cos(x9))*x6",
        "sin(x8)*x4 - sin(x7)*cos(x8)*x5 - cos(x7)*cos(x8)*x6",
        "x12*x5 - x11*x6 - 9.81*sin(x8)",
        "x10*x6 - x12*x4 + 9.81*sin(x7)*cos(x8)",
        // (13.734 - 10*(x3 - 1) + 3*x6)/1.4 with 13.734 = 1.4*9.81, written as products for Flow*'s parser
        "x11*x4 - x10*x5 + 9.81*cos(x7)*cos(x8) - 9.81 + 7.142857142857143*(x3 - 1) - 2.142857142857143*x6",
        "x10 + sin(x8)/cos(x8)*(sin(x7)*x11 + cos(x7)*x12)",
        "cos(x7)*x11 - sin(x7)*x12",
        "(sin(x7)*x11 + cos(x7)*x12)/cos(x8)",
        "-0.925925925925926*x11*x12 - 18.51851851851852*(x7 + x10)",
        "0.925925925925926*x10*x12 - 18.51851851851852*(x8 + x11)",
        "0"};
    const double quadD[] = {0.1, 0.4, 0.8};
    for (double d : quadD) {
        vector<string> v;
        vector<Interval> box;
        for (int k = 1; k <= 12; ++k) {
            v.push_back("x" + to_string(k));
            box.push_back(k <= 6 ? Interval(-d, d) : Interval(0));
        }
        string dn = d == 0.1 ? "0.1" : d == 0.4 ? "0.4" : "0.8";
        Instance i{"QUAD20 D=" + dn, v, quadRhs, box, 5,
                   {win("x3 < 1.4", "x3", true, 1.4, -1, -1), win("x3 > 0.9 on [1,5]", "x3", false, 0.9, 1, 5),
                    win("x3 >= 0.98 on [5,5]", "x3", false, 0.98, 5, 5), win("x3 <= 1.02 on [5,5]", "x3", true, 1.02, 5, 5)},
                   {}};
        all.push_back(i);
    }
    const vector<string> prdeRhs = {"-x*y/(1 + x)", "x*y/(1 + x) - a*y", "a*y", "0"};
    const vector<Check> prdeChecks = {win("x >= 0 on [100,100]", "x", false, 0, 100, 100),
                                      win("y >= 0 on [100,100]", "y", false, 0, 100, 100),
                                      win("z >= 0 on [100,100]", "z", false, 0, 100, 100)};
    all.push_back({"PRDE20 I", {"x", "y", "z", "a"}, prdeRhs,
                   {Interval(9.5, 10), Interval(0.01), Interval(0.01), Interval(0.3)}, 100, prdeChecks, {"x", "y", "z"}});
    all.push_back({"PRDE20 P", {"x", "y", "z", "a"}, prdeRhs,
                   {Interval(9.98), Interval(0.01), Interval(0.01), Interval(0.296, 0.304)}, 100, prdeChecks, {"x", "y", "z"}});
    all.push_back({"PRDE20 I+P", {"x", "y", "z", "a"}, prdeRhs,
                   {Interval(9.7, 10), Interval(0.01), Interval(0.01), Interval(0.298, 0.302)}, 100, prdeChecks, {"x", "y", "z"}});
    const char * robeBeta[] = {"1e2", "1e3", "1e3"};
    const char * robeGamma[] = {"1e3", "1e5", "1e7"};
    for (int k = 0; k < 3; ++k) {
        string b = robeBeta[k], g = robeGamma[k];
        all.push_back({"ROBE21 " + to_string(k + 1), {"x", "y", "z"},
                       {"-0.4*x + " + b + "*y*z", "0.4*x - " + b + "*y*z - " + g + "*y^2", g + "*y^2"},
                       {Interval(1), Interval(0), Interval(0)}, 40, {}, {"x", "y", "z"}});
    }
    all.push_back({"LOVO21", {"x", "y"}, {"3*(x - x*y)", "x*y - y"}, {Interval(1.3 - 0.012, 1.3 + 0.012), Interval(1)},
                   3.64, {}, {"x"}});
    return all;
}

string fmt(double v) {
    char b[32];
    snprintf(b, sizeof b, "%.3g", v);
    return b;
}

// verdict codes per property: 0 verified so far, 1 unknown, 2 violated
void merge(int & into, int v) { into = max(into, v); }

// a property on one enclosure: 0 holds on all of it, 2 fails on all of it, 1 neither
int judge(const Interval & range, const Check & c) {
    bool strict = c.text.find("=") == string::npos;
    if (c.upper) return (strict ? range.sup() < c.bound : range.sup() <= c.bound) ? 0
                        : (strict ? range.inf() >= c.bound : range.inf() > c.bound) ? 2 : 1;
    return (strict ? range.inf() > c.bound : range.inf() >= c.bound) ? 0
           : (strict ? range.sup() <= c.bound : range.sup() < c.bound) ? 2 : 1;
}

}  // namespace

int main(int argc, char ** argv) {
    vector<Instance> all = instances();
    if (argc < 2 || !strcmp(argv[1], "--list")) {
        for (auto & i : all) printf("%s\n", i.name.c_str());
        return argc < 2 ? 2 : 0;
    }
    Instance * in = nullptr;
    for (auto & i : all) if (i.name == argv[1]) in = &i;
    if (!in) {
        fprintf(stderr, "unknown instance '%s' (fs_arch --list)\n", argv[1]);
        return 2;
    }
    Settings s = in->s;
    bool print = false;
    for (int a = 2; a < argc; ++a) {
        string o = argv[a];
        auto need = [&](int n) {
            if (a + n >= argc) { fprintf(stderr, "%s needs %d value(s)\n", o.c_str(), n); exit(2); }
        };
        if (o == "--fixed") { need(2); s.adaptive = false; s.h = atof(argv[++a]); s.order = atoi(argv[++a]); }
        else if (o == "--adaptive") { need(3); s.adaptive = true; s.hmin = atof(argv[++a]); s.h = atof(argv[++a]); s.order = atoi(argv[++a]); }
        else if (o == "--cutoff") { need(1); s.cutoff = atof(argv[++a]); }
        else if (o == "--rem") { need(1); s.rem = atof(argv[++a]); }
        else if (o == "--sr") { need(1); s.sr = atoi(argv[++a]); }
        else if (o == "--split") { need(2); string v = argv[++a]; s.splits.push_back({v, atoi(argv[++a])}); }
        else if (o == "--source") { need(1); s.source = argv[++a]; }
        else if (o == "--print") { print = true; }
        else { fprintf(stderr, "unknown option '%s'\n", o.c_str()); return 2; }
    }

    Variables vars;
    map<string, int> id;
    for (auto & v : in->vars) id[v] = vars.declareVar(v);
    int t_id = vars.declareVar("t");
    vector<string> rhs = in->rhs;
    rhs.push_back("1");
    ODE<Real> ode(rhs, vars);

    Computational_Setting setting(vars);
    if (s.adaptive) setting.setAdaptiveStepsize(s.hmin, s.h, s.order);
    else setting.setFixedStepsize(s.h, s.order);
    setting.setCutoffThreshold(s.cutoff);
    setting.setRemainderEstimation(vector<Interval>(vars.size(), Interval(-s.rem, s.rem)));
    if (print) setting.printOn(); else setting.printOff();

    vector<Constraint> safeSet;      // whole-horizon properties, checked by Flow* inside reach
    vector<int> checkOf;             // property index of each safe-set constraint
    for (size_t k = 0; k < in->checks.size(); ++k) {
        const Check & c = in->checks[k];
        if (c.t0 >= 0) continue;
        string b = to_string(c.bound);
        safeSet.push_back(Constraint(c.upper ? c.var + " - " + b : b + " - " + c.var, vars));
        checkOf.push_back(k);
    }

    // the pieces: a grid over the split variables
    vector<vector<Interval>> pieces(1, vector<Interval>(vars.size(), Interval(0)));
    for (size_t k = 0; k < in->vars.size(); ++k) pieces[0][id[in->vars[k]]] = in->init[k];
    for (auto & sp : s.splits) {
        if (!id.count(sp.first)) { fprintf(stderr, "--split: no variable '%s'\n", sp.first.c_str()); return 2; }
        vector<vector<Interval>> next;
        for (auto & p : pieces) {
            list<Interval> parts;
            p[id[sp.first]].split(parts, sp.second);
            for (auto & q : parts) { auto r = p; r[id[sp.first]] = q; next.push_back(r); }
        }
        pieces = next;
    }

    vector<int> verdict(in->checks.size(), 0);
    bool completed = true;
    size_t flowpipes = 0;
    Interval metricHull;
    bool haveMetric = false;
    double reachCpu = 0, checkCpu = 0;
    Interval cutoff(-s.cutoff, s.cutoff);
    for (auto & box : pieces) {
        Flowpipe init(box);
        Result_of_Reachability result;
        clock_t c0 = clock();
        if (s.sr > 0) {
            Symbolic_Remainder sr(init, s.sr);
            ode.reach(result, init, in->T, setting, safeSet, sr);
        } else {
            ode.reach(result, init, in->T, setting, safeSet);
        }
        clock_t c1 = clock();
        reachCpu += double(c1 - c0) / CLOCKS_PER_SEC;
        flowpipes += result.flowpipes.size();
        if (!result.isCompleted() || result.status == COMPLETED_UNSAFE) {
            // Flow* stops at the first flowpipe it proves unsafe: the run is complete as a verdict
            if (result.status == COMPLETED_UNSAFE) { for (int k : checkOf) merge(verdict[k], 2); }
            else completed = false;
        }
        if (!result.isCompleted()) break;
        for (size_t j = 0; j < checkOf.size(); ++j) merge(verdict[checkOf[j]], result.isSafe() ? 0 : 1);
        if (result.status == COMPLETED_UNSAFE) continue;

        // post-checks on time windows and the metric, on this piece's flowpipes
        vector<Interval> endRange;
        result.fp_end_of_time.intEval(endRange, setting.tm_setting.order, cutoff);
        bool windowed = false;
        for (auto & c : in->checks) windowed |= c.t0 >= 0 && c.t0 < c.t1;
        for (size_t k = 0; k < in->checks.size(); ++k) {
            const Check & c = in->checks[k];
            if (c.t0 >= 0 && c.t0 == c.t1) merge(verdict[k], judge(endRange[id[c.var]], c));
        }
        if (windowed) {
            for (auto & fp : result.flowpipes) {
                vector<Interval> range;
                fp.intEval(range, setting.tm_setting.order, cutoff);
                const Interval & t = range[t_id];
                for (size_t k = 0; k < in->checks.size(); ++k) {
                    const Check & c = in->checks[k];
                    if (c.t0 < 0 || c.t0 == c.t1 || t.sup() < c.t0 || t.inf() > c.t1) continue;
                    merge(verdict[k], judge(range[id[c.var]], c));
                }
            }
        }
        if (!in->metric.empty()) {
            TaylorModelVec<Real> tmv;
            result.fp_end_of_time.compose(tmv, setting.tm_setting.order, cutoff);
            TaylorModel<Real> sum = tmv.tms[id[in->metric[0]]];
            for (size_t k = 1; k < in->metric.size(); ++k) sum += tmv.tms[id[in->metric[k]]];
            Interval r;
            sum.intEval(r, result.fp_end_of_time.domain);
            if (!haveMetric) { metricHull = r; haveMetric = true; }
            else metricHull = Interval(min(metricHull.inf(), r.inf()), max(metricHull.sup(), r.sup()));
        }
        checkCpu += double(clock() - c1) / CLOCKS_PER_SEC;
    }

    string props;
    const char * label[] = {"verified", "unknown", "violated"};
    for (size_t k = 0; k < in->checks.size(); ++k)
        props += (k ? "; " : "") + in->checks[k].text + ": " + (completed || verdict[k] == 2 ? label[verdict[k]] : "unknown");
    string metric;
    if (haveMetric && completed) {
        string m;
        for (size_t k = 0; k < in->metric.size(); ++k) m += (k ? "+" : "") + in->metric[k];
        metric = m + ": " + fmt(metricHull.width());
    }
    string set = s.adaptive ? "adaptive " + fmt(s.hmin) + ".." + fmt(s.h) : "fixed " + fmt(s.h);
    set += ", order " + to_string(s.order) + ", cutoff " + fmt(s.cutoff) + ", rem " + fmt(s.rem);
    set += s.sr ? ", SR " + to_string(s.sr) : ", no SR";
    for (auto & sp : s.splits) set += ", " + sp.first + "/" + to_string(sp.second);
    printf("| %s | %s | %s | %.3f | %.3f | %zu | %zu | %s | %s (%s) |\n", in->name.c_str(),
           completed ? "completed" : "failed", props.empty() ? "(none)" : props.c_str(), reachCpu + checkCpu, checkCpu,
           pieces.size(), flowpipes, metric.c_str(), set.c_str(), s.source.c_str());
    return 0;
}
