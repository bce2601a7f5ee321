package org.huzhu.kiosk.community;

/**
 * What residents said of a service so far, from the server's snapshot: {@code ratings} answers whose stars (1..5)
 * add up to {@code starsTotal}.
 */
public record ServiceRating(int ratings, long starsTotal) {

    /** The average on the 1..5 scale, e.g. 4.6. */
    public double average() {
        return (double) starsTotal / ratings;
    }
}
