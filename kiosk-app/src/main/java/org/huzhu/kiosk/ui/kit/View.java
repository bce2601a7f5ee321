package org.huzhu.kiosk.ui.kit;

import javafx.scene.Parent;

/**
 * The view third of the UI pattern (ADR 0002): builds its nodes in code from a model and binds them in
 * {@link #onAttached()}, unbinding in {@link #onDetached()}, which run when the root enters or leaves a scene. A view
 * holds no state of its own and calls only its controller.
 *
 * @param <R> the root node type
 */
public abstract class View<R extends Parent> {

    protected final R root;

    protected View(R root) {
        this.root = root;
        root.sceneProperty().addListener((observable, oldScene, newScene) -> {
            if (oldScene == null && newScene != null) {
                onAttached();
            } else if (oldScene != null && newScene == null) {
                onDetached();
            }
        });
    }

    public R root() {
        return root;
    }

    /**
     * The screen's main text, which the speaker button in the shell reads aloud: by default every showing label
     * (not the buttons) in scene-graph order, one per line. Override to read less, or in another order; each line is
     * read as a sentence. Called on the FX thread while the screen is shown.
     */
    public String readAloudText() {
        return ReadAloudText.showingLabels(root);
    }

    /** Bind nodes to the model; called each time the root enters a scene. */
    protected abstract void onAttached();

    /** Undo every binding and listener from {@link #onAttached()}. */
    protected abstract void onDetached();
}
