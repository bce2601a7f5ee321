package org.huzhu.face;

import java.util.List;

/**
 * Every face found in one frame, largest first. Holds no pixels.
 *
 * @param frameWidth  the frame's width in pixels
 * @param frameHeight the frame's height in pixels
 * @param faces       the faces, largest box first; empty when there is none
 */
public record FrameAnalysis(int frameWidth, int frameHeight, List<AnalysedFace> faces) {

    public FrameAnalysis {
        faces = List.copyOf(faces);
    }
}
