/**
 * The Docker engine behind one interface, {@link dev.slimline.engine.DockerEngine}, in the manner of Jib's
 * {@code DockerClient}/{@code CliDockerClient}.
 *
 * <p>Typical use: {@code EngineDetector.system().detect(Optional.empty())} finds the client, the best builder and
 * compose, checks that an engine answers, and returns a {@link dev.slimline.engine.CliDockerEngine}; or the CLI's
 * {@code EngineOptions.connect()} does the same honouring {@code --docker PATH}. Every command runs through a
 * {@link dev.slimline.engine.ProcessRunner} (real: {@link dev.slimline.engine.SystemProcessRunner}), so unit tests
 * can assert exact command lines; integration tests run the real engine.
 *
 * <p>Errors: no client or no engine is {@link dev.slimline.engine.EngineUnavailableException}, an image the engine
 * lacks is {@link dev.slimline.engine.ImageNotFoundException}, any other failed or timed-out command is
 * {@link dev.slimline.engine.EngineCommandException}; all are {@link dev.slimline.SlimlineException}s of kind
 * UNAVAILABLE (exit 4). Objects slimline creates should carry a label so
 * {@link dev.slimline.engine.EngineJanitor} can count and remove them.
 */
package dev.slimline.engine;
