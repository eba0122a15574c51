/**
 * Accepted vulnerabilities ({@code .slimline-ignore.yaml}): id, reason and an inclusive expiry date after which an
 * entry stops applying and is reported.
 */
package dev.slimline.scan.ignore;
