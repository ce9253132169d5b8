package io.gridguard.jurisdiction.web;

import io.gridguard.jurisdiction.NewPlace;
import io.gridguard.jurisdiction.PlaceKind;
import io.gridguard.jurisdiction.PlaceView;

/** The add/edit place form. A mutable bean, because Thymeleaf's form binding reads JavaBean properties. */
public class PlaceForm {

    private PlaceKind kind;
    private String name;
    private Long nodeId;
    private Long parentPlaceId;
    private String address;
    private Double lat;
    private Double lon;
    private String boundary;
    private Integer capacity;

    static PlaceForm of(PlaceView p) {
        var form = new PlaceForm();
        form.kind = p.kind();
        form.name = p.name();
        form.nodeId = p.nodeId();
        form.parentPlaceId = p.parentPlaceId();
        form.address = p.address();
        form.lat = p.lat();
        form.lon = p.lon();
        form.boundary = p.boundary();
        form.capacity = p.capacity();
        return form;
    }

    NewPlace toNewPlace() {
        return new NewPlace(kind, name, nodeId == null ? -1 : nodeId, parentPlaceId, blankToNull(address), lat, lon,
                blankToNull(boundary), capacity);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public PlaceKind getKind() { return kind; }
    public void setKind(PlaceKind kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getNodeId() { return nodeId; }
    public void setNodeId(Long nodeId) { this.nodeId = nodeId; }
    public Long getParentPlaceId() { return parentPlaceId; }
    public void setParentPlaceId(Long parentPlaceId) { this.parentPlaceId = parentPlaceId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Double getLat() { return lat; }
    public void setLat(Double lat) { this.lat = lat; }
    public Double getLon() { return lon; }
    public void setLon(Double lon) { this.lon = lon; }
    public String getBoundary() { return boundary; }
    public void setBoundary(String boundary) { this.boundary = boundary; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
}
