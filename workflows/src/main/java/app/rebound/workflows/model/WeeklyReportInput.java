package app.rebound.workflows.model;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * When and where the weekly pattern report is posted: the playbook's {@code weeklyReport}, its zone
 * and its reports channel.
 */
public record WeeklyReportInput(
    String timezone, DayOfWeek day, LocalTime time, int weeks, String channel) {}
