package org.huzhu.kiosk.ui.counter.volunteers;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.huzhu.kiosk.ui.kit.FxThread;

/**
 * Hides the lines of a scrolling list whose middle is out of the viewport, as a virtualised list never draws them:
 * what staff see does not change (they are scrolled out of sight), but nothing hidden is there to be read aloud,
 * focused by the keyboard, or measured by the screen audit against whatever lies under the list. A line half in
 * sight stays. Re-checked after every scroll, resize or new content, once layout has settled. FX thread only.
 */
final class OutOfSight {

    private final ScrollPane scroll;
    private List<Node> lines = List.of();
    private boolean queued;

    OutOfSight(ScrollPane scroll) {
        this.scroll = scroll;
        scroll.vvalueProperty().addListener((observable, before, after) -> queue());
        scroll.viewportBoundsProperty().addListener((observable, before, after) -> queue());
    }

    /** The list now shows {@code shown} (rows and headings, in the scroll's content). */
    void watch(List<Node> shown) {
        lines = new ArrayList<>(shown);
        for (Node line : lines) {
            // A line moves when anything above it changes size, and its own size may change as it wraps.
            line.localToSceneTransformProperty().addListener((observable, before, after) -> queue());
            line.layoutBoundsProperty().addListener((observable, before, after) -> queue());
        }
        scroll.getContent().layoutBoundsProperty().addListener((observable, before, after) -> queue());
        queue();
    }

    private void queue() {
        if (!queued) {
            queued = true;
            FxThread.run(this::cull);
        }
    }

    private void cull() {
        queued = false;
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = Math.max(0, content.getLayoutBounds().getHeight() - viewport);
        double top = scrollable * (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin());
        for (Node line : lines) {
            if (line.getScene() == null) {
                continue;
            }
            Bounds inContent = content.sceneToLocal(line.localToScene(line.getLayoutBounds()));
            double middle = (inContent.getMinY() + inContent.getMaxY()) / 2;
            line.setVisible(middle >= top && middle <= top + viewport);
        }
    }
}
