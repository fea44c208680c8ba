/** Application start-up and first-start workspace setup; not API. */
package dev.valuenet.rcp.internal;
