package dev.slimline.optimize;

/**
 * The user a stack's runtime image starts its server as root only to drop to (nginx's uid 101), with the paths
 * that server writes at start: the final stage can give it those paths and start as that user from the beginning.
 *
 * @param owner numeric {@code uid:gid}, what USER and chown both take
 * @param server the server's name, for the printed change
 * @param paths what it writes at start
 */
record ServerUser(String owner, String server, ServerPaths paths) {
}
