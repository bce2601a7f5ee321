package org.huzhu.protocol.json;

import java.math.BigDecimal;

/**
 * Writes a double the way ECMAScript's {@code Number.prototype.toString} does, as RFC 8785 requires. Jackson writes
 * Java's layout ({@code 1.0E21}); the digits are the same (since JDK 19 {@link Double#toString} picks the shortest
 * digits that round-trip, as ECMAScript does), only the placement of point and exponent differs, so only that is done
 * here.
 */
public final class EcmaScriptNumbers {

    private EcmaScriptNumbers() {
    }

    /** @throws IllegalArgumentException for NaN and infinities, which JSON cannot express */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
        if (value == 0) {
            return "0"; // also for -0, as ECMAScript prints it
        }
        String javaForm = Double.toString(Math.abs(value));
        int e = javaForm.indexOf('E');
        String mantissa = e < 0 ? javaForm : javaForm.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(javaForm.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        // point = position of the decimal point counted from the start of digits: value = 0.digits × 10^point
        int point = dot + exponent;
        int leadingZeros = 0;
        while (digits.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        digits = digits.substring(leadingZeros);
        point -= leadingZeros;
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            digits = shorterIfOneDigitRoundTrips(Math.abs(value), digits, point);
        }
        return (value < 0 ? "-" : "") + layout(digits, point);
    }

    /**
     * Java always prints at least two significant digits ({@code 4.9E-324}); ECMAScript prints one when one digit
     * already reads back as the same double ({@code 5e-324}), choosing the closer of the two candidates.
     */
    private static String shorterIfOneDigitRoundTrips(double value, String digits, int point) {
        int first = digits.charAt(0) - '0';
        String best = null;
        BigDecimal bestDistance = null;
        for (int candidate = first; candidate <= first + 1; candidate++) {
            String text = candidate == 10 ? "1" : Integer.toString(candidate);
            int candidatePoint = candidate == 10 ? point + 1 : point;
            double parsed = Double.parseDouble("0." + text + "E" + candidatePoint);
            BigDecimal distance = new BigDecimal("0." + text + "E" + candidatePoint).subtract(new BigDecimal(value)).abs();
            if (parsed == value && (bestDistance == null || distance.compareTo(bestDistance) < 0)) {
                best = text;
                bestDistance = distance;
            }
        }
        return best == null ? digits : best;
    }

    /** ECMA-262 Number::toString steps for k digits and decimal point position n. */
    private static String layout(String digits, int n) {
        int k = digits.length();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int exponent = n - 1;
        String fraction = k > 1 ? "." + digits.substring(1) : "";
        return digits.charAt(0) + fraction + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
