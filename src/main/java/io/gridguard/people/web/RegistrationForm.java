package io.gridguard.people.web;

import java.time.LocalDate;

import io.gridguard.people.IdType;
import io.gridguard.people.RegistrationKind;
import io.gridguard.people.SelfRegistration;
import org.springframework.format.annotation.DateTimeFormat;

/** The public self-registration form behind the QR poster. */
public class RegistrationForm {

    private RegistrationKind kind = RegistrationKind.SELF;
    private Long communityId;
    private String name;
    private IdType idType = IdType.RESIDENT_ID;
    private String idNumber;
    private String phone;
    private String nationality = "CHN";
    private String address;
    private String originRegion;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrivalDate;
    private String landlordName;
    private String landlordPhone;

    SelfRegistration toSelfRegistration() {
        return new SelfRegistration(kind, communityId, name, idType, idNumber, phone, nationality, address, originRegion,
                arrivalDate, landlordName, landlordPhone);
    }

    public RegistrationKind getKind() { return kind; }
    public void setKind(RegistrationKind kind) { this.kind = kind; }
    public Long getCommunityId() { return communityId; }
    public void setCommunityId(Long communityId) { this.communityId = communityId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public IdType getIdType() { return idType; }
    public void setIdType(IdType idType) { this.idType = idType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getOriginRegion() { return originRegion; }
    public void setOriginRegion(String originRegion) { this.originRegion = originRegion; }
    public LocalDate getArrivalDate() { return arrivalDate; }
    public void setArrivalDate(LocalDate arrivalDate) { this.arrivalDate = arrivalDate; }
    public String getLandlordName() { return landlordName; }
    public void setLandlordName(String landlordName) { this.landlordName = landlordName; }
    public String getLandlordPhone() { return landlordPhone; }
    public void setLandlordPhone(String landlordPhone) { this.landlordPhone = landlordPhone; }
}
