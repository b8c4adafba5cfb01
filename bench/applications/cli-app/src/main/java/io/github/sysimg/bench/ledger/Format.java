package io.github.sysimg.bench.ledger;

public enum Format {
    TEXT, HTML, JSON, CSV
}
