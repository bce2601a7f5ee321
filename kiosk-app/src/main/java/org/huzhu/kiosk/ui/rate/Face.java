package org.huzhu.kiosk.ui.rate;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.huzhu.protocol.payload.ServiceRated;
import org.huzhu.themes.StyleClasses;

/**
 * The three answers a kiosk offers, each a face drawn in lines (no emoji font needed) and its stars on the 1..5 scale
 * the centre's reports average (docs/protocol.md §7: 1, 3 and 5).
 */
enum Face {
    UNHAPPY("unhappy", ServiceRated.UNHAPPY, -1),
    NEUTRAL("neutral", ServiceRated.NEUTRAL, 0),
    HAPPY("happy", ServiceRated.HAPPY, 1);

    private static final double RADIUS = 56;

    private final String id;
    private final int stars;
    /** The mouth: -1 turned down, 0 straight, 1 a smile. */
    private final int mouth;

    Face(String id, int stars, int mouth) {
        this.id = id;
        this.stars = stars;
        this.mouth = mouth;
    }

    /** The button's id suffix and the message key suffix ({@code rate.face.<id>}). */
    String id() {
        return id;
    }

    int stars() {
        return stars;
    }

    /** The face as a pictogram: a circle, two eyes and the mouth. */
    Node pictogram() {
        Circle head = new Circle(RADIUS, RADIUS, RADIUS);
        Circle leftEye = new Circle(RADIUS - 19, RADIUS - 15, 6);
        Circle rightEye = new Circle(RADIUS + 19, RADIUS - 15, 6);
        Node mouthLine = switch (mouth) {
            case 0 -> new Line(RADIUS - 22, RADIUS + 20, RADIUS + 22, RADIUS + 20);
            default -> {
                // A smile is the lower half of an ellipse below the eyes; a frown the upper half, lower down.
                Arc arc = new Arc(RADIUS, mouth > 0 ? RADIUS + 8 : RADIUS + 32, 22, 15, mouth > 0 ? 180 : 0, 180);
                arc.setType(ArcType.OPEN);
                yield arc;
            }
        };
        for (Node line : new Node[] {head, mouthLine}) {
            line.getStyleClass().add(StyleClasses.PICTOGRAM);
        }
        for (Node eye : new Node[] {leftEye, rightEye}) {
            eye.getStyleClass().addAll(StyleClasses.PICTOGRAM, StyleClasses.PICTOGRAM_ACCENT);
        }
        return new Group(head, leftEye, rightEye, mouthLine);
    }
}
