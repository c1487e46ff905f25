package dev.ratecard.store;

/** A scenario (or other named item) cannot take a name that another one already has, ignoring case. */
public final class NameInUseException extends StoreException {
    private final String name;

    public NameInUseException(String what, String name) {
        super("a %s named \"%s\" already exists; choose another name".formatted(what, name));
        this.name = name;
    }

    public String name() {
        return name;
    }
}
