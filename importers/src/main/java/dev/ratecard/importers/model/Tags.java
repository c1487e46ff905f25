package dev.ratecard.importers.model;

/** Tag keys readers use for the dimensions most sources share. Sources may add others. */
public final class Tags {
    public static final String PROJECT = "project";
    public static final String API_KEY = "api_key";
    public static final String USER = "user";
    public static final String TEAM = "team";
    public static final String APP = "app";
    public static final String WORKSPACE = "workspace";

    private Tags() {
    }
}
