package org.plaincaptions.audio;

/**
 * An audio input as Java Sound names it.
 *
 * @param name          what {@code --device} and the microphone picker take, e.g. {@code "default [default]"}
 * @param description   the driver's description, may be empty
 * @param systemDefault whether it is the input Java Sound records from when no device is named
 */
public record InputDevice(String name, String description, boolean systemDefault) {
}
