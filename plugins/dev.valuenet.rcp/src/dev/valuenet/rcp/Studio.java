package dev.valuenet.rcp;

/** Identifiers and system properties of the Valuenet Studio product. */
public final class Studio {
	public static final String PLUGIN_ID = "dev.valuenet.rcp";
	public static final String PRODUCT_ID = PLUGIN_ID + ".product";
	public static final String APPLICATION_ID = PLUGIN_ID + ".application";
	/** Folder whose sub-folders are copied into an empty workspace as the project {@value #EXAMPLES_PROJECT}. */
	public static final String EXAMPLES_PROPERTY = "valuenet.examples";
	public static final String EXAMPLES_PROJECT = "examples";

	private Studio() {
	}
}
