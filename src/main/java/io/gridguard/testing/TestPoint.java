package io.gridguard.testing;

/** A place samples are taken: fixed or mobile, in a node of the tree, with its opening hours (HH:mm). */
public record TestPoint(long id, String name, Kind kind, long nodeId, String opens, String closes) {

    public enum Kind { FIXED, MOBILE }
}
