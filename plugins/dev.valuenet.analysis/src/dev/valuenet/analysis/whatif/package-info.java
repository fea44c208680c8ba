/**
 * What-if questions on a resolved network: what is lost when actors exit ({@link WhatIfAnalysis}), and
 * which actors alone connect a customer segment to supply. Front ends (CLI, map, checks) only present
 * these answers.
 */
package dev.valuenet.analysis.whatif;
