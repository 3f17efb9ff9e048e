package org.redress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.platform.SchemaMigrator;

class BenchmarkDatabaseTest {

  @Test
  void migratesWithTheColumnTypesTheServerGivesPostgres() throws Exception {
    Field types = SchemaMigrator.class.getDeclaredField("TYPES");
    types.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> server = (Map<String, Map<String, String>>) types.get(null);
    assertThat(BenchmarkDatabase.POSTGRES_PLACEHOLDERS).isEqualTo(server.get("postgresql"));
  }
}
