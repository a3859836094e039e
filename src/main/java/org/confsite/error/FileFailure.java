package org.confsite.error;

/**
 * An unexpected failure (a bug, or a limit of the machine) while one file or page was being
 * processed: carries its name, so that the one line the command prints says where it happened.
 */
public final class FileFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;

    public FileFailure(String file, Throwable cause) {
        super(file + ": " + cause, cause);
        this.file = file;
    }

    /** The file or page being processed, as an editor names it. */
    public String file() {
        return file;
    }
}
