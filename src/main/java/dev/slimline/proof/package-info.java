/**
 * Proof before write: the candidates {@code slimline optimize} proposes for a service (the chosen base family, the
 * next family, then safe recipes only), each built, started and probed against the original with the verify
 * machinery before anything is written. The first that passes is the one written, with its measured sizes; the
 * reason each other candidate was dropped is part of the output. Depends on {@code optimize}, {@code verify} and
 * {@code engine}; nothing but the command line depends on it.
 */
package dev.slimline.proof;
