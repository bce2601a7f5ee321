package org.huzhu.devices.camera;

/** A device whose frames can run out (a folder played once); real cameras never end. Camera thread only. */
interface FiniteStream {

    /** True once the last frame was returned and no more will come until the device is opened again. */
    boolean ended();
}
