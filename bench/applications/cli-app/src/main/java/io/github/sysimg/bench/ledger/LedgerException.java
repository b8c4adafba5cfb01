package io.github.sysimg.bench.ledger;

/** Bad input: the message says what and where, for the user. */
public class LedgerException extends RuntimeException {

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
