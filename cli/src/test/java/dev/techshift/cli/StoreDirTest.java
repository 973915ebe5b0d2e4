package dev.techshift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which TDB2 folder a --store folder stands for, and what a locked store's message adds. */
class StoreDirTest {

    @Test
    void aStoreFolderStandsForItsCurrentGenerationAndATdb2FolderForItself(@TempDir Path dir) throws Exception {
        Path root = dir.resolve("store");
        Files.createDirectories(root.resolve("gen-0002").resolve("tdb2"));
        Files.writeString(root.resolve("CURRENT"), "gen-0002\n");
        assertEquals(root.resolve("gen-0002").resolve("tdb2").toAbsolutePath().normalize(), StoreDir.tdb(root));
        Path tdb = Files.createDirectories(dir.resolve("plain").resolve("Data-0001")).getParent();
        assertEquals(tdb, StoreDir.tdb(tdb));
    }

    @Test
    void aPointerToAMissingGenerationIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("CURRENT"), "gen-0009\n");
        var e = assertThrows(IllegalArgumentException.class, () -> StoreDir.tdb(dir));
        assertTrue(e.getMessage().contains("names no complete generation"), e.getMessage());
    }

    @Test
    void aLockHeldByAnotherProcessPointsToTheEndpoint() {
        String m = StoreDir.explain(new RuntimeException("Failed to get a lock: file='store/gen-0001/tdb2/tdb.lock'"));
        assertTrue(m.contains("--endpoint http://localhost:3030/kg/sparql"), m);
        assertEquals("other", StoreDir.explain(new RuntimeException("other")));
    }
}
