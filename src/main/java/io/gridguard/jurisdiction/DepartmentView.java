package io.gridguard.jurisdiction;

/** A department that events are dispatched to (卫健, 市场监管, 城管执法, 公安, 民政 …). */
public record DepartmentView(long id, String code, String name) {
}
