/** Fixtures shared by the test bundles: the bundled examples and in-memory models. Not shipped. */
package dev.valuenet.tests.support;
