package io.gridguard.people.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import io.gridguard.people.Gender;
import io.gridguard.people.IdType;
import io.gridguard.people.NewPerson;
import io.gridguard.people.PersonTag;
import io.gridguard.people.PersonView;
import org.springframework.format.annotation.DateTimeFormat;

/** The register/edit person form (a JavaBean, for Thymeleaf's form binding). */
public class PersonForm {

    private String name;
    private Gender gender;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    private IdType idType = IdType.RESIDENT_ID;
    private String idNumber;
    private String phone;
    private String nationality = "CHN";
    private String preferredLanguage = "zh-CN";
    private String address;
    private Long gridId;
    private Long householdId;
    private String householdRelation;
    private Set<PersonTag> tags = EnumSet.noneOf(PersonTag.class);
    private boolean floating;
    private String originRegion;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrivalDate;
    private String landlordName;
    private String landlordPhone;

    static PersonForm of(PersonView p) {
        var f = new PersonForm();
        f.name = p.name();
        f.gender = p.gender();
        f.birthDate = p.birthDate();
        f.idType = p.idType();
        f.idNumber = p.idNumber();
        f.phone = p.phone();
        f.nationality = p.nationality();
        f.preferredLanguage = p.preferredLanguage();
        f.address = p.address();
        f.gridId = p.path().gridId();
        f.householdId = p.householdId();
        f.householdRelation = p.householdRelation();
        f.tags = p.tags().isEmpty() ? EnumSet.noneOf(PersonTag.class) : EnumSet.copyOf(p.tags());
        f.floating = p.floating();
        f.originRegion = p.originRegion();
        f.arrivalDate = p.arrivalDate();
        f.landlordName = p.landlordName();
        f.landlordPhone = p.landlordPhone();
        return f;
    }

    NewPerson toNewPerson() {
        return new NewPerson(name, gender, birthDate, idType, idNumber, phone, nationality, preferredLanguage, address,
                gridId, householdId, householdRelation, tags, floating, originRegion, arrivalDate, landlordName, landlordPhone);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public IdType getIdType() { return idType; }
    public void setIdType(IdType idType) { this.idType = idType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Long getGridId() { return gridId; }
    public void setGridId(Long gridId) { this.gridId = gridId; }
    public Long getHouseholdId() { return householdId; }
    public void setHouseholdId(Long householdId) { this.householdId = householdId; }
    public String getHouseholdRelation() { return householdRelation; }
    public void setHouseholdRelation(String householdRelation) { this.householdRelation = householdRelation; }
    public Set<PersonTag> getTags() { return tags; }
    public void setTags(Set<PersonTag> tags) { this.tags = tags; }
    public boolean isFloating() { return floating; }
    public void setFloating(boolean floating) { this.floating = floating; }
    public String getOriginRegion() { return originRegion; }
    public void setOriginRegion(String originRegion) { this.originRegion = originRegion; }
    public LocalDate getArrivalDate() { return arrivalDate; }
    public void setArrivalDate(LocalDate arrivalDate) { this.arrivalDate = arrivalDate; }
    public String getLandlordName() { return landlordName; }
    public void setLandlordName(String landlordName) { this.landlordName = landlordName; }
    public String getLandlordPhone() { return landlordPhone; }
    public void setLandlordPhone(String landlordPhone) { this.landlordPhone = landlordPhone; }
}
