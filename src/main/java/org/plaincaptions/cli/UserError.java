package org.plaincaptions.cli;

/** Bad input from the user: printed as one line, exit code 1. */
public class UserError extends Exception {
    public UserError(String message) {
        super(message);
    }
}
