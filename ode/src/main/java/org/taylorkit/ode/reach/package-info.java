/**
 * Reachability on top of validated integration: {@link org.taylorkit.ode.reach.Flowpipe} (every
 * step's enclosure over its time interval, for every piece of the initial set), safety properties
 * ({@link org.taylorkit.ode.reach.SafetyProperty}, e.g. {@code y < 2.75 on [0,7]}) checked
 * rigorously over a flowpipe ({@link org.taylorkit.ode.reach.PropertyCheck}: verified, violated or
 * unknown) and CSV export ({@link org.taylorkit.ode.reach.FlowpipeCsv}). Works for the single
 * Lohner run of {@link org.taylorkit.ode.validated.ValidatedIntegrator} and for many pieces.
 */
package org.taylorkit.ode.reach;
