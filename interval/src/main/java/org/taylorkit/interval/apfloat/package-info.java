/**
 * Rigorous interval arithmetic at any precision: {@link org.taylorkit.interval.apfloat.ApfloatInterval}
 * (Apfloat endpoints rounded outward to a number of decimal digits, IEEE 1788 set-based), its
 * rigorous elementary functions ({@code ApfloatRigorous*}: argument reduction, series with explicit
 * remainder bounds, evaluated with directed Apfloat roundings in {@code ApfloatDirected}) and the
 * 1788 operations on it ({@code ApfloatIntervalRelations}, {@code ApfloatIntervalReverse} with
 * {@code ApfloatTrigReverse} and {@code ApfloatPowReverse}, {@code ApfloatIntervalRounding}, …) and
 * the decorated intervals ({@code DecoratedApfloatInterval}, {@code DecoratedApfloatReverse}, whose
 * decorations are decided by the shared {@code DecorationRules}). Depends only on the double package
 * ({@code org.taylorkit.interval}) for the set-level algorithms written once for both kinds
 * ({@code IntervalKind}, {@code SetRelations}, {@code SetReverse}) and conversions.
 * The {@code ApfloatRigorous*} classes are public building blocks for the catalogue's enclosures
 * ({@code org.taylorkit.interval.function}); users call {@code ApfloatInterval}'s methods.
 */
package org.taylorkit.interval.apfloat;
