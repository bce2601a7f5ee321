package org.huzhu.face;

/**
 * How usable a face is, for the camera screen's prompts and the policy's minimums.
 *
 * @param heightRatio the face box's height as a fraction of the frame's height ("please come a little closer")
 * @param yawOffset   how far the nose tip sits from the middle of the eyes, in eye distances: 0 looking straight at
 *                    the camera, about 0.5 turned well away ("please look at the screen")
 * @param rollDegrees the tilt of the line through the eyes, degrees, signed
 * @param sharpness   variance of the Laplacian of the face at 112 px wide, grey levels squared; blurred faces score
 *                    low ("hold still")
 * @param brightness  mean grey level of the face, 0 (black) to 255 (white)
 */
public record FaceQuality(double heightRatio, double yawOffset, double rollDegrees, double sharpness,
        double brightness) {
}
