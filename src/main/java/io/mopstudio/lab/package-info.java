/**
 * The demo lab: a small loopback HTTP service that behaves like four databases behind connection
 * pools, each stuck in a different scenario, so a MOP can be run end to end on a fresh machine.
 *
 * <p>{@link io.mopstudio.lab.DemoLab} is the only public entry point; everything else is the
 * lab's own machinery.
 */
package io.mopstudio.lab;
