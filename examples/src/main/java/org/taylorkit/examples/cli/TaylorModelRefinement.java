package org.taylorkit.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.taylorkit.interval.Interval;
import org.taylorkit.ode.OdeSystem;
import org.taylorkit.ode.validated.tm.TaylorModelFlowIntegrator;

/**
 * The hand-chosen refinement of a Taylor-model run, {@code --presplit x3[,x5...]} (or {@code x1=16,x2=16}: N pieces along a variable) and
 * {@code --restart-ratio R}, {@code --error-folding B,W,R[,S[,O]]} and {@code --symbolic-remainders N} of {@code taylor integrate --validated}: read and checked against the
 * system, the initial box, the parameters and the piece budget, then passed on as
 * {@link TaylorModelFlowIntegrator#withInitialSplits}, {@link TaylorModelFlowIntegrator#withRestartRatio} and
 * {@link TaylorModelFlowIntegrator#withErrorFolding} and {@link TaylorModelFlowIntegrator#withSymbolicRemainders}.
 * Every rejected input gets a message naming the option, the value and why; nothing here changes what
 * the flow encloses (the initial cuts are exact, the ratio only decides when pieces restart).
 */
final class TaylorModelRefinement {

    private TaylorModelRefinement() {
    }

    /**
     * Rejects {@code --presplit} and {@code --restart-ratio} when {@code method} is lohner; {@code why}
     * (null when --method was given) says why lohner was the default.
     */
    static void requireTaylorModel(IntegrateCommand c, String method, String why) {
        if (ValidatedSetRun.LOHNER.equals(method)) {
            for (Object[] o : new Object[][] {{c.presplit, "--presplit"}, {c.restartRatio, "--restart-ratio"},
                {c.errorFolding, "--error-folding"}, {c.symbolicRemainders, "--symbolic-remainders"}}) {
                if (o[0] != null) {
                    throw new IllegalArgumentException(o[1] + " refines the Taylor-model flow: it needs --method taylor-model"
                            + (why == null ? "" : " (" + why + ")"));
                }
            }
        }
    }

    /**
     * {@code tm} with the initial splits and the restart ratio of {@code c}, after checking them: each
     * --presplit name a state variable or a parameter, once, with width in the initial set; 2^k within
     * the budget (--split, default {@value TaylorModelFlowIntegrator#DEFAULT_MAX_PIECES}); R a positive finite number.
     */
    static TaylorModelFlowIntegrator apply(IntegrateCommand c, TaylorModelFlowIntegrator tm, OdeSystem system,
            Interval[] box, Map<String, Interval> params) {
        if (c.presplit != null) {
            Map<String, Integer> cuts = presplit(c.presplit, system, box, params);
            int budget = c.split == null ? TaylorModelFlowIntegrator.DEFAULT_MAX_PIECES : c.split;
            long total = 1;
            for (int k : cuts.values()) {
                total = Math.min(total * k, Integer.MAX_VALUE);
            }
            if (total > budget) {
                throw new IllegalArgumentException("--presplit: " + c.presplit.strip() + " makes " + total
                        + " pieces, more than the budget of " + budget + (c.split == null ? " (the default of --split)" : " (--split)")
                        + ": raise --split or cut into fewer pieces");
            }
            for (Map.Entry<String, Integer> e : cuts.entrySet()) {
                tm = tm.withInitialSplits(e.getKey(), e.getValue());
            }
        }
        if (c.restartRatio != null) {
            tm = tm.withRestartRatio(ratio(c.restartRatio));
        }
        if (c.errorFolding != null) {
            tm = folding(tm, c.errorFolding);
        }
        if (c.symbolicRemainders != null) {
            tm = tm.withSymbolicRemainders(queueLength(c.symbolicRemainders));
        }
        return tm;
    }

    /**
     * The --presplit entries, {@code name} (halves) or {@code name=N} (N pieces, a power of two from 2 to
     * 1024), checked: known, distinct, with width.
     */
    private static Map<String, Integer> presplit(String text, OdeSystem system, Interval[] box, Map<String, Interval> params) {
        Map<String, Integer> cuts = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String entry = part.strip();
            int eq = entry.indexOf('=');
            String n = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            if (n.isEmpty()) {
                throw new IllegalArgumentException("--presplit: empty variable name in '" + text
                        + "' (expected names, or name=N pieces, separated by commas, e.g. --presplit x3,x5 or x1=16,x2=16)");
            }
            int pieces = eq < 0 ? 2 : pieces(n, entry.substring(eq + 1).strip());
            Interval v;
            String where;
            int i = system.variables().indexOf(n);
            if (i >= 0) {
                v = box[i];
                where = "--init";
            } else if (params.containsKey(n)) {
                v = params.get(n);
                where = "--param";
            } else {
                throw new IllegalArgumentException("--presplit: '" + n + "' is not a state variable (state: "
                        + String.join(", ", system.variables()) + ")"
                        + (params.isEmpty() ? "" : " or a parameter (" + String.join(", ", params.keySet()) + ")"));
            }
            if (cuts.containsKey(n)) {
                throw new IllegalArgumentException("--presplit: " + n + " is named twice in '" + text
                        + "' (name it once, with the number of pieces: " + n + "=N)");
            }
            if (IntegrateValidated.pointLike(v)) {
                throw new IllegalArgumentException("--presplit: " + n + " has no width in " + where + " (" + n + " = " + v
                        + "): cutting a point in halves is meaningless; give " + n + " a range such as " + n
                        + "=[a,b], or cut along a variable that has one");
            }
            cuts.put(n, pieces);
        }
        return cuts;
    }

    /** The N of {@code name=N}: a power of two from 2 to 1024 (the cuts are exact halvings). */
    private static int pieces(String name, String text) {
        int k;
        try {
            k = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            k = -1;
        }
        if (k < 2 || k > 1024 || Integer.bitCount(k) != 1) {
            throw new IllegalArgumentException("--presplit: " + name + "=" + text + ": the number of pieces must be a power"
                    + " of two from 2 to 1024 (the cuts are exact halvings)");
        }
        return k;
    }

    /**
     * --error-folding B,W,R[,S[,O]]: B ≥ 1 blocks of W ≥ 1 symbols, folded at ratio R (positive, finite); S,
     * the largest degree of a monomial in the symbols, and O, the largest total degree of a monomial with a
     * symbol, whole numbers from 1 to 20 with S ≤ O (default: the Taylor-model order).
     */
    private static TaylorModelFlowIntegrator folding(TaylorModelFlowIntegrator tm, String text) {
        String[] parts = text.split(",", -1);
        String usage = "expected B,W,R or B,W,R,S or B,W,R,S,O: B blocks of W error symbols, folded when the error part"
                + " exceeds R times the polynomial part, with monomials of degree at most S in the symbols and of total"
                + " degree at most O when they have a symbol (default: the Taylor-model order), e.g. 1,4,5e-3,2,3";
        if (parts.length < 3 || parts.length > 5) {
            throw new IllegalArgumentException("--error-folding: '" + text + "' has " + parts.length + " part"
                    + (parts.length == 1 ? "" : "s") + "; " + usage);
        }
        int blocks = wholeNumber("B (blocks)", parts[0].strip(), text, 16);
        int width = wholeNumber("W (symbols per block)", parts[1].strip(), text, 16);
        double r = constant("--error-folding", "--error-folding: R = '" + parts[2].strip() + "'", parts[2].strip());
        if (!(r > 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("--error-folding: R must be a positive finite number, got '"
                    + parts[2].strip() + "' in '" + text + "'");
        }
        if (parts.length == 3) {
            return tm.withErrorFolding(blocks, width, r);
        }
        int degree = wholeNumber("S (the degree in the symbols)", parts[3].strip(), text, 20);
        int terms = parts.length == 5 ? wholeNumber("O (the order of the terms with symbols)", parts[4].strip(), text, 20)
                : Integer.MAX_VALUE;
        if (degree > terms) {
            throw new IllegalArgumentException("--error-folding: S = " + degree + " (the degree in the symbols) exceeds O = "
                    + terms + " (the order of the terms with symbols) in '" + text + "'; a monomial's total degree is at least"
                    + " its degree in the symbols, so S must be at most O");
        }
        return tm.withErrorFolding(blocks, width, r, degree, terms);
    }

    /** A whole number from 1 to {@code max} for one part of --error-folding (B, W: 16; S, O: 20). */
    private static int wholeNumber(String what, String value, String text, int max) {
        int k;
        try {
            k = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            k = 0;
        }
        if (k < 1 || k > max) {
            throw new IllegalArgumentException("--error-folding: " + what + " must be a whole number from 1 to " + max
                    + ", got '" + value + "' in '" + text + "'");
        }
        return k;
    }

    /** --symbolic-remainders: a whole number from 0 to {@value TaylorModelFlowIntegrator#MAX_SYMBOLIC}. */
    private static int queueLength(String text) {
        int k;
        try {
            k = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            k = -1;
        }
        if (k < 0 || k > TaylorModelFlowIntegrator.MAX_SYMBOLIC) {
            throw new IllegalArgumentException("--symbolic-remainders: N (the number of steps whose errors are kept"
                    + " symbolically) must be a whole number from 0 to " + TaylorModelFlowIntegrator.MAX_SYMBOLIC + ", got '"
                    + text + "'");
        }
        return k;
    }

    /** --restart-ratio: a number or constant expression, positive and finite. */
    private static double ratio(String text) {
        double r = constant("--restart-ratio", "--restart-ratio: '" + text + "'", text);
        if (!(r > 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("--restart-ratio must be a positive finite number (the error part's width"
                    + " over the polynomial part's at which a piece restarts; default 0.1), got '" + text + "'"
                    + (Double.isNaN(r) || Double.isInfinite(r) ? " (" + r + ")" : ""));
        }
        return r;
    }

    /**
     * The value of the constant expression R = {@code text} given to {@code option}; an arithmetic error
     * is reported after {@code where}.
     */
    private static double constant(String option, String where, String text) {
        try {
            return Assignments.constant("R", text, option).evaluateDouble(Map.of());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
