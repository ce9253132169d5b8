package io.gridguard.testing;

public enum TestResult { NEGATIVE, POSITIVE }
