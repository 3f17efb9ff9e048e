package org.redress.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * The row the application's JPA mapping writes for an entity, made by EclipseLink (the provider the
 * server runs) from the entity's own mapping metadata: every column, converter, embedded value and
 * foreign key exactly as the server would insert it. Only the id and the version, which the
 * provider would set at persist and at each update, are given here.
 */
final class EntityRows {

  private final AbstractSession session;
  private final ClassDescriptor descriptor;
  private final DatabaseMapping id;
  private final DatabaseMapping version;
  private List<DatabaseField> columns;

  EntityRows(Session session, Class<?> entity) {
    this.session = (AbstractSession) session;
    this.descriptor = session.getClassDescriptor(entity);
    if (descriptor == null) {
      throw new IllegalStateException(entity.getName() + " is not an entity of the unit");
    }
    this.id = descriptor.getObjectBuilder().getMappingForAttributeName("id");
    this.version = descriptor.getObjectBuilder().getMappingForAttributeName("version");
  }

  String table() {
    return descriptor.getTableName();
  }

  /**
   * A new entity with the given attribute values, made the way the provider makes one when it reads
   * a row (for entities whose constructor the application keeps to itself).
   */
  Object newEntity(java.util.Map<String, Object> attributes) {
    Object entity = descriptor.getInstantiationPolicy().buildNewInstance();
    attributes.forEach(
        (name, value) -> {
          DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForAttributeName(name);
          if (mapping == null) {
            throw new IllegalArgumentException(table() + " has no attribute " + name);
          }
          mapping.setAttributeValueInObject(entity, value);
        });
    return entity;
  }

  /** Gives the entity the id the provider would have drawn from its sequence. */
  void identify(Object entity, long value) {
    id.setAttributeValueInObject(entity, value);
  }

  /**
   * Gives the entity the version it has after {@code updates} changes: the provider writes 1 on
   * insert and adds one with every update.
   */
  void version(Object entity, long updates) {
    if (version == null) {
      throw new IllegalStateException(table() + " has no version column");
    }
    version.setAttributeValueInObject(entity, 1 + updates);
  }

  /** Every column the entity is mapped to, as the provider selects them when it reads one. */
  List<String> mappedColumns() {
    return descriptor.getAllFields().stream().map(DatabaseField::getName).distinct().toList();
  }

  private boolean sameColumns(List<DatabaseField> fields) {
    if (fields.size() != columns.size()) {
      return false;
    }
    for (int i = 0; i < fields.size(); i++) {
      DatabaseField field = fields.get(i);
      DatabaseField column = columns.get(i);
      if (field != column && !field.getName().equals(column.getName())) {
        return false;
      }
    }
    return true;
  }

  /** The column names, in the order {@link #values} lists them. */
  List<String> columns() {
    if (columns == null) {
      throw new IllegalStateException("No row built yet");
    }
    return columns.stream().map(DatabaseField::getName).toList();
  }

  /** The insert row's values, in the order of {@link #columns}. */
  List<Object> values(Object entity) {
    AbstractRecord row =
        descriptor.getObjectBuilder().buildRow(entity, session, DatabaseMapping.WriteType.INSERT);
    List<DatabaseField> fields = row.getFields();
    if (columns == null) {
      columns = new ArrayList<>(fields);
    } else if (!sameColumns(fields)) {
      throw new IllegalStateException("The columns of " + table() + " changed between rows");
    }
    @SuppressWarnings("unchecked")
    List<Object> values = row.getValues();
    return values;
  }
}
