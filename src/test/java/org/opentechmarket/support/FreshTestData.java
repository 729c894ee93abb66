package org.opentechmarket.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every test run starts from an empty data directory (database cluster, index, evidence), so results never depend on what
 * an earlier run left behind. Registered in META-INF/services; runs once per test JVM, before any Spring context starts.
 */
public class FreshTestData implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String directory = System.getProperty("otm.test-data-dir");
		if (directory == null) {
			return;
		}
		Path root = Path.of(directory);
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot clear the test data directory " + root, e);
		}
	}
}
