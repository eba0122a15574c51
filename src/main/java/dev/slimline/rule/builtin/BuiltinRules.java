package dev.slimline.rule.builtin;

import dev.slimline.rule.Rule;
import java.util.List;

/** Every built-in rule, in ID order. A new rule is added here, with its doc page under docs/rules. */
public final class BuiltinRules {

    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new AptListsNotRemoved(),
                new AptRecommendsInstalled(),
                new ApkCacheKept(),
                new PipCacheKept(),
                new NpmCacheKept(),
                new YarnCacheKept(),
                new YumCacheKept(),
                new BuildToolsInFinalImage(),
                new SingleStageBuild(),
                new FullBaseImage(),
                new DevDependenciesInImage(),
                new ConsecutiveRuns(),
                new GemDocsInstalled(),
                new CleanupInSeparateLayer(),
                new UseraddLogBloat(),
                new RunsAsRoot(),
                new AddForLocalFiles(),
                new UnpinnedBaseImage(),
                new SecretInArgOrEnv(),
                new RemoteScriptPipedToShell(),
                new SudoInRun(),
                new WorldWritablePermissions(),
                new SshPortExposed(),
                new PrivateKeyCopied(),
                new DotEnvCopied(),
                new TlsVerificationDisabled(),
                new AddUrlWithoutChecksum(),
                new CredentialsInUrl(),
                new MissingHealthcheck(),
                new ShellFormCommand(),
                new RelativeWorkdir(),
                new CopyToRelativeWithoutWorkdir(),
                new SourceCopiedBeforeDependencyInstall(),
                new MultipleCmd(),
                new MultipleEntrypoint(),
                new MultipleHealthcheck(),
                new InvalidExposedPort(),
                new MaintainerDeprecated(),
                new CdInsteadOfWorkdir(),
                new AptVersionsNotPinned(),
                new PipVersionsNotPinned(),
                new NpmVersionsNotPinned(),
                new ApkVersionsNotPinned(),
                new CopyFromUnknownStage(),
                new DuplicateStageName(),
                new HardcodedPlatform(),
                new AptInScript(),
                new PackageIndexUpdateAlone(),
                new PackageUpgradeInBuild(),
                new MissingAssumeYes(),
                new UndefinedArgInFrom(),
                new CopyMultipleSourcesToFile(),
                new PipefailMissing(),
                new GemVersionsNotPinned(),
                new CurlAndWgetBoth(),
                new DebianFrontendInEnv()
        );
    }
}
