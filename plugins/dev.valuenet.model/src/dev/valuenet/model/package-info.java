/**
 * The Valuenet metamodel: generated EMF classes live in {@code src-gen}; hand-written helpers here.
 */
package dev.valuenet.model;
