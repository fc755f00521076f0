package io.mopstudio.ui.builder;

/**
 * What the builder checks a MOP against, and what its palette and forms offer: the default catalogs
 * (as {@code validate} without {@code --env}), a bundled environment (its catalog, variables and
 * inventory), or one shipped catalog alone (for a MOP written for it before any environment uses it).
 */
public record CheckedAgainst(Kind kind, String name) {

    public enum Kind { DEFAULT, ENVIRONMENT, CATALOG }

    public static final CheckedAgainst DEFAULT = new CheckedAgainst(Kind.DEFAULT, "");

    public static CheckedAgainst environment(String name) {
        return new CheckedAgainst(Kind.ENVIRONMENT, name);
    }

    public static CheckedAgainst catalog(String name) {
        return new CheckedAgainst(Kind.CATALOG, name);
    }

    /** As the toolbar shows it. */
    public String title() {
        return switch (kind) {
            case DEFAULT -> "(default catalogs)";
            case ENVIRONMENT -> "environment " + name;
            case CATALOG -> "catalog " + name;
        };
    }

    @Override
    public String toString() {
        return title();
    }
}
